import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  armEntities,
  parseArm,
  parser
} from "./chunk-DNGWCIJ6.mjs";
import "./chunk-HHKPJ7I3.mjs";
import "./chunk-N2XHL6O6.mjs";
import "./chunk-63NLXS3H.mjs";
import "./chunk-S3MKA3EY.mjs";
import "./chunk-6KFNYXIB.mjs";
import "./chunk-7XBN56PL.mjs";
import "./chunk-XLZDRKZK.mjs";
import "./chunk-24WBT26Q.mjs";
export {
  armEntities,
  parseArm,
  parser
};
