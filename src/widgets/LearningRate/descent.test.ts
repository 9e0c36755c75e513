import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParams } from '../shared/url-params';
import { descend, outcomeOf } from './descent';
import { LEARNING_RATE_EXAMPLES } from './examples';
import { makeLoss } from './losses';
import { DEFAULTS, LEARNING_RATE_URL, settingsFromValues, settingsToLink } from './params';
import { boundaries, regimeOf } from './regime';

const settingsOf = (query: string) => settingsFromValues(readParams(query, LEARNING_RATE_URL).values);

describe('the losses, as the engine compiles them', () => {
  it.for([0.5, 1, 2.5, 4])('a = %s: the quadratic is (a/2)θ² with slope aθ, and log-cosh has slope a·tanh θ; both have curvature a at 0', (a) => {
    const q = makeLoss('quadratic', a);
    const c = makeLoss('logcosh', a);
    expect(q.curvature).toBeCloseTo(a, 12);
    expect(c.curvature).toBeCloseTo(a, 12);
    for (const t of [-3, -0.4, 0, 1.7]) {
      expect(q.value(t)).toBeCloseTo((a / 2) * t * t, 12);
      expect(q.slope(t)).toBeCloseTo(a * t, 12);
      expect(c.value(t)).toBeCloseTo(a * Math.log(Math.cosh(t)), 12);
      expect(c.slope(t)).toBeCloseTo(a * Math.tanh(t), 12);
    }
  });
});

describe('gradient descent on one parameter', () => {
  it('on a quadratic follows the closed form θ_t = (1 − ηa)^t θ₀ while it stays bounded', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 4, noNaN: true }), fc.double({ min: 0.01, max: 4.5, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 1, max: 40 }), (a, eta, theta0, steps) => {
        const run = descend(makeLoss('quadratic', a), eta, theta0, steps);
        run.thetas.forEach((theta, t) => {
          const exact = (1 - eta * a) ** t * theta0;
          expect(Math.abs(theta - exact)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact)));
        });
        if (run.escaped) expect(Math.abs((1 - eta * a) ** run.thetas.length * theta0)).toBeGreaterThan(1e6 * (1 - 1e-9));
        else expect(run.thetas).toHaveLength(steps + 1);
      }),
    );
  });

  it('on log-cosh never gets farther from the minimum when ηa ≤ 2, and never escapes for any η in range', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 4, noNaN: true }), fc.double({ min: 0.01, max: 4.5, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (a, eta, theta0) => {
        const run = descend(makeLoss('logcosh', a), eta, theta0, 40);
        expect(run.escaped).toBe(false);
        // |L′| ≤ a, so a step moves θ by at most ηa.
        run.thetas.slice(1).forEach((t, i) => expect(Math.abs(t - run.thetas[i]!)).toBeLessThanOrEqual(eta * a + 1e-12));
        if (eta * a <= 2) run.thetas.slice(1).forEach((t, i) => expect(Math.abs(t)).toBeLessThanOrEqual(Math.abs(run.thetas[i]!) + 1e-12));
      }),
    );
  });

  it('stops at the first iterate beyond ±10⁶', () => {
    const run = descend(makeLoss('quadratic', 4), 4.5, 3, 40);
    expect(run.escaped).toBe(true);
    expect(Math.abs(run.thetas.at(-1)!)).toBeLessThanOrEqual(1e6);
    expect(Math.abs(run.thetas.at(-1)! * 17)).toBeGreaterThan(1e6);
    expect(outcomeOf(run).outcome).toBe('escaped');
  });

  it('does not move from the minimum', () => {
    const run = descend(makeLoss('logcosh', 2), 3, 0, 5);
    expect(run.thetas).toEqual([0, 0, 0, 0, 0, 0]);
    expect(outcomeOf(run).outcome).toBe('at-minimum');
  });
});

describe('the regimes of η against the curvature a', () => {
  it.for([
    [1, 0.3, 'monotone'],
    [1, 1, 'one-step'],
    [2, 0.5, 'one-step'],
    [1, 1.6, 'oscillating'],
    [1, 2, 'bouncing'],
    [0.8, 2.5, 'bouncing'],
    [1, 2.2, 'diverging'],
  ] as const)('a = %s, η = %s: %s', ([a, eta, regime]) => {
    expect(regimeOf(eta, a)).toBe(regime);
  });

  it('are bounded by 1/a and 2/a', () => {
    expect(boundaries(4)).toEqual({ one: 0.25, two: 0.5 });
  });
});

describe('the examples', () => {
  const expected: Record<string, [string, boolean, string]> = {
    'small-steps': ['approaching', false, 'monotone'],
    'one-step': ['reached', false, 'one-step'],
    zigzag: ['approaching', true, 'oscillating'],
    bouncing: ['cycling', true, 'bouncing'],
    diverging: ['receding', true, 'diverging'],
    'log-cosh-cycle': ['cycling', true, 'diverging'],
  };
  it.for(LEARNING_RATE_EXAMPLES)('$id does what its description says', (example) => {
    const s = settingsOf(example.query);
    expect(readParams(example.query, LEARNING_RATE_URL).notices).toEqual([]);
    const loss = makeLoss(s.loss, s.a);
    const { outcome, alternating } = outcomeOf(descend(loss, s.eta, s.theta0, s.steps));
    expect([outcome, alternating, regimeOf(s.eta, loss.curvature)]).toEqual(expected[example.id]);
  });

  it('cover every example with an expectation', () => {
    expect(LEARNING_RATE_EXAMPLES.map((e) => e.id).sort()).toEqual(Object.keys(expected).sort());
  });
});

describe('the link', () => {
  it('leaves the defaults out and reads back what it wrote', () => {
    expect(Object.values(settingsToLink(DEFAULTS)).every((v) => v === null)).toBe(true);
    const s = { loss: 'logcosh', a: 2.5, eta: 0.73, theta0: -1.2, steps: 30 } as const;
    const query = `?${Object.entries(settingsToLink(s))
      .map(([k, v]) => `${k}=${v}`)
      .join('&')}`;
    expect(settingsOf(query)).toEqual(s);
  });

  it('refuses values out of range, with a notice, and keeps the default', () => {
    const { values, notices } = readParams('?lr=99&loss=cubic&n=abc', LEARNING_RATE_URL);
    expect(settingsFromValues(values)).toEqual(DEFAULTS);
    expect(notices).toHaveLength(3);
  });
});
