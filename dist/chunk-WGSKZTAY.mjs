import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/escape.ts
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function terminalText(text) {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

export {
  terminalText
};
