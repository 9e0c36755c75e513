/**
 * fast-check's seed: random on a developer's machine, so property tests keep exploring new
 * cases (a counterexample prints its seed to replay it), and fixed in CI (CI=true) or when
 * FC_SEED is set, so that a run on main is reproducible and cannot fail by chance.
 */
import fc from 'fast-check';

const fixed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261126' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
