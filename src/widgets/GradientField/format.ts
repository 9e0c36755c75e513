/** The page's number format (src/widgets/shared/format.ts) under the short names this figure uses. */
export { formatAngle as fmtAngle, formatNumber as fmt, formatTick as fmtTick, parseNumber as parseTyped } from '../shared/format';
