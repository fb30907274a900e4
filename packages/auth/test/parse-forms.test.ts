import { describe, expect, test } from 'vitest'
import { parseForms } from '../src/login/parse-forms'

describe('parseForms', () => {
  test('reads every form with its successful controls as a browser would submit them', () => {
    const forms = parseForms(`<!DOCTYPE html>
      <!-- <form action="/commented-out"><input name="ghost"></form> -->
      <script>document.write('<form action="/scripted"><input name="fake">')</script>
      <FORM METHOD=POST action='/users/sign_in?x=1&amp;y=2'>
        <input name=utf8 type=hidden value="&#x2713;">
        <input type="hidden" name="authenticity_token" value='a"b&lt;c'>
        <input name="user[email]" type="email" autofocus>
        <input name="user[password]" type="password" />
        <input name="nameless-disabled" disabled value="x">
        <input type="checkbox" name="remember" value="1" checked>
        <input type="checkbox" name="unchecked" value="1">
        <input type="radio" name="r" value="a"><input type="radio" name="r" value="b" checked>
        <input value="no name">
        <select name="plan"><option>Basic</option><option value="pro">Pro</option></select>
        <textarea name="note">hello &amp; bye</textarea>
        <button type="button" name="js">Ignored</button>
        <input type="submit" name="commit" value="Sign in">
      </FORM>
      <form method="post" action="/oauth/authorize">
        <input type="hidden" name="_method" value="delete">
        <button name="decision" value="deny">  Deny
        </button>
      </form>`)
    expect(forms).toHaveLength(2)
    const [signIn, deny] = forms as [NonNullable<(typeof forms)[0]>, NonNullable<(typeof forms)[1]>]
    expect(signIn.action).toBe('/users/sign_in?x=1&y=2')
    expect(signIn.method).toBe('post')
    expect(signIn.fields.map((f) => [f.name, f.value, f.type])).toEqual([
      ['utf8', '✓', 'hidden'],
      ['authenticity_token', 'a"b<c', 'hidden'],
      ['user[email]', '', 'email'],
      ['user[password]', '', 'password'],
      ['remember', '1', 'checkbox'],
      ['r', 'b', 'radio'],
      ['plan', 'Basic', 'select'],
      ['note', 'hello & bye', 'textarea'],
    ])
    expect(signIn.submits).toEqual([{ name: 'commit', value: 'Sign in', label: 'Sign in' }])
    expect(deny).toMatchObject({ method: 'post', fields: [{ name: '_method', value: 'delete' }] })
    expect(deny.submits).toEqual([{ name: 'decision', value: 'deny', label: 'Deny' }])
    expect(deny.text).toBe('Deny')
  })

  test('a form without method is a GET form; a page without forms gives none', () => {
    expect(parseForms('<form action="/search"><input name="q" value="x"></form>')[0]).toMatchObject({ method: 'get' })
    expect(parseForms('<p>Nothing here</p>')).toEqual([])
    expect(parseForms('')).toEqual([])
  })

  test('tolerates broken markup (unclosed form, stray tags)', () => {
    const forms = parseForms('<div><form method="post"><p><input name="a" value="1"></div><input name="b" value="2">')
    expect(forms).toHaveLength(1)
    expect(forms[0]!.fields.map((f) => f.name)).toContain('a')
  })
})
