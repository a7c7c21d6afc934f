
// src/formatters/paths.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\)/;
function isWindowsStyle(p) {
  return WINDOWS_ABSOLUTE.test(p);
}
function relativePath(file, base) {
  if (isWindowsStyle(file) || isWindowsStyle(base)) {
    const rel = path.win32.relative(base, file);
    return rel.replace(/\\/g, "/");
  }
  return path.posix.relative(base, file);
}
function isInside(relative) {
  return relative !== "" && relative !== ".." && !relative.startsWith("../") && !path.posix.isAbsolute(relative) && !WINDOWS_ABSOLUTE.test(relative);
}
function relativeUri(relative) {
  return relative.split("/").map(encodeURIComponent).join("/");
}
function fileUri(absolute, directory = false) {
  const href = pathToFileURL(absolute, { windows: isWindowsStyle(absolute) }).href;
  return directory && !href.endsWith("/") ? `${href}/` : href;
}

export {
  relativePath,
  isInside,
  relativeUri,
  fileUri
};
