import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  armEntities,
  parseArm,
  parser
} from "./chunk-7XU7H4SM.mjs";
import "./chunk-ZVZLDBRD.mjs";
import "./chunk-2SK7IKAK.mjs";
import "./chunk-63NLXS3H.mjs";
import "./chunk-HLQZ2PQN.mjs";
import "./chunk-BD4ZXH4G.mjs";
import "./chunk-7XBN56PL.mjs";
import "./chunk-A2T5WTP2.mjs";
import "./chunk-24WBT26Q.mjs";
export {
  armEntities,
  parseArm,
  parser
};
