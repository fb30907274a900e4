import { decodeHTML } from 'entities/decode'
import { Parser } from 'htmlparser2'

/** A successful control of a form, as a browser would submit it. */
export interface FormField {
  name: string
  value: string
  /** The input type (`text`, `email`, `password`, `hidden`, ...); `select` and `textarea` for those. */
  type: string
}

/** A submit button (`<input type="submit|image">` or `<button>`): posted only when it is the one pressed. */
export interface SubmitButton {
  name: string | undefined
  value: string
  /** What the user reads on it: its value or text content. */
  label: string
}

/** One `<form>` of a page. */
export interface HtmlForm {
  action: string | undefined
  method: 'get' | 'post'
  fields: FormField[]
  submits: SubmitButton[]
  /** The form's text content, whitespace-collapsed, to tell an "Authorize" form from a "Deny" one. */
  text: string
}

/**
 * Reads every form of an HTML page with a real HTML parser (htmlparser2): entity decoding,
 * attribute quoting, comments, `<script>` contents and self-closing tags handled as browsers do.
 */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = []
  let form: HtmlForm | undefined
  let button: SubmitButton | undefined
  let select:
    | { name: string; value: string | undefined; first: string | undefined; option: string | undefined; selected: boolean }
    | undefined
  let textarea: FormField | undefined
  let optionText = ''
  let inOption = false

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'form') {
          form = { action: attrs.action, method: attrs.method?.toLowerCase() === 'post' ? 'post' : 'get', fields: [], submits: [], text: '' }
          forms.push(form)
          return
        }
        if (!form || 'disabled' in attrs) return
        const name = attrs.name
        if (tag === 'input') {
          const type = (attrs.type ?? 'text').toLowerCase()
          if (type === 'submit' || type === 'image') {
            const value = attrs.value ?? ''
            form.submits.push({ name, value, label: value || attrs.alt || '' })
          } else if (name === undefined || type === 'button' || type === 'reset' || type === 'file') {
            return
          } else if (type === 'checkbox' || type === 'radio') {
            if ('checked' in attrs) form.fields.push({ name, value: attrs.value ?? 'on', type })
          } else {
            form.fields.push({ name, value: attrs.value ?? '', type })
          }
        } else if (tag === 'button' && (attrs.type ?? 'submit').toLowerCase() === 'submit') {
          button = { name, value: attrs.value ?? '', label: '' }
        } else if (tag === 'select' && name !== undefined) {
          select = { name, value: undefined, first: undefined, option: undefined, selected: false }
        } else if (tag === 'option' && select) {
          inOption = true
          optionText = ''
          select.option = attrs.value
          select.selected = 'selected' in attrs
        } else if (tag === 'textarea' && name !== undefined) {
          textarea = { name, value: '', type: 'textarea' }
        }
      },
      ontext(text) {
        if (!form) return
        form.text += text
        if (button) button.label += text
        if (textarea) textarea.value += text
        if (inOption) optionText += text
      },
      onclosetag(tag) {
        if (tag === 'form' && form) {
          form.text = form.text.replace(/\s+/g, ' ').trim()
          form = undefined
        } else if (tag === 'button' && button && form) {
          button.label = button.label.replace(/\s+/g, ' ').trim() || button.value
          form.submits.push(button)
          button = undefined
        } else if (tag === 'option' && select && inOption) {
          inOption = false
          const value = select.option ?? optionText.trim()
          select.first ??= value
          if (select.selected) select.value = value
        } else if (tag === 'select' && select && form) {
          const value = select.value ?? select.first
          if (value !== undefined) form.fields.push({ name: select.name, value, type: 'select' })
          select = undefined
        } else if (tag === 'textarea' && textarea && form) {
          // htmlparser2 hands RCDATA (textarea) text over undecoded.
          textarea.value = decodeHTML(textarea.value)
          form.fields.push(textarea)
          textarea = undefined
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  if (form) form.text = form.text.replace(/\s+/g, ' ').trim()
  return forms
}
