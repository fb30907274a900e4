#!/usr/bin/env node
// The `ringplus-sandbox` command. A committed stub (rather than pointing `bin` at dist/) so that
// package managers can link the command before the workspace is built.
import '../dist/cli.js'
