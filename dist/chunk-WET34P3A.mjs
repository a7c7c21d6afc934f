
// src/engine/errors.ts
var UsageError = class extends Error {
};
var ConfigError = class extends UsageError {
  constructor(file, line, column, problem) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
  file;
  line;
  column;
  problem;
};

export {
  UsageError,
  ConfigError
};
