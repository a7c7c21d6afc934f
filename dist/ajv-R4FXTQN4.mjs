import {
  require_ajv
} from "./chunk-AOXCQU53.mjs";
import "./chunk-24WBT26Q.mjs";
export default require_ajv();
