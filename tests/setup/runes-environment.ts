/**
 * A Node environment whose modules are transformed as for the browser, so that `*.svelte.ts`
 * state modules compile to Svelte's client runtime: `$state` and `$derived` are reactive and
 * `$effect.root` runs, with no DOM. Node's globals are the real ones; there is no window.
 */
import type { Environment } from 'vitest/environments';

const environment: Environment = {
  name: 'runes',
  transformMode: 'web',
  setup() {
    return { teardown() {} };
  },
};

export default environment;
