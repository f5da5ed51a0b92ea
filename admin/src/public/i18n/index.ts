import ar from "./ar";
import ckb from "./ckb";
import fa from "./fa";
import kmr from "./kmr";
import prs from "./prs";
import ps from "./ps";
import so from "./so";
import ti from "./ti";
import tr from "./tr";
import type { Translation } from "./types";
import uk from "./uk";

export type { Lang, Review, Translation } from "./types";

/** The translated languages, in the order the selector lists them (after Nederlands and English). */
export const TRANSLATIONS: Translation[] = [ar, ti, prs, fa, ps, so, kmr, ckb, tr, uk];
