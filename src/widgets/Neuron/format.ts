/** The page's number format (src/widgets/shared/format.ts), shared with the other figures. */
export { formatFactor, formatNumber, formatPrecise, parseNumber } from '../shared/format';
