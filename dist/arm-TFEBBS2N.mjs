import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  armEntities,
  parseArm,
  parser
} from "./chunk-5WSEZSEX.mjs";
import "./chunk-J5YK26HB.mjs";
import "./chunk-DLQJECVK.mjs";
import "./chunk-63NLXS3H.mjs";
import "./chunk-65MSNVQM.mjs";
import "./chunk-ST53A663.mjs";
import "./chunk-7XBN56PL.mjs";
import "./chunk-E2BWXCD5.mjs";
import "./chunk-24WBT26Q.mjs";
export {
  armEntities,
  parseArm,
  parser
};
