import {
  armEntities,
  parseArm,
  parser
} from "./chunk-MQQTTGW3.mjs";
import "./chunk-SALVZWMW.mjs";
import "./chunk-IHAQDPW6.mjs";
import "./chunk-63NLXS3H.mjs";
import "./chunk-TTXOFJJR.mjs";
import "./chunk-5DZILIZ3.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";
export {
  armEntities,
  parseArm,
  parser
};
