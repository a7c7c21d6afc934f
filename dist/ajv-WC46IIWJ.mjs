import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-ZTHEZQQL.mjs";
import "./chunk-ZY6J7SVP.mjs";
export default require_ajv();
