import {
  armEntities,
  parseArm,
  parser
} from "./chunk-7RGWU2JF.mjs";
import "./chunk-SALVZWMW.mjs";
import "./chunk-3F2TZ4L4.mjs";
import "./chunk-63NLXS3H.mjs";
import "./chunk-TTXOFJJR.mjs";
import "./chunk-5DZILIZ3.mjs";
import "./chunk-7XBN56PL.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";
export {
  armEntities,
  parseArm,
  parser
};
