/**
 * The state of one neuron figure: the settings, the engine's run for them (recomputed only when
 * a setting changes), the position in the forward/backward animation, playback, the history of
 * gradient steps and the sentence for the live region. The view reads it and calls its methods.
 */
import { gradientStep, pushLoss } from './descent';
import { explainAt } from './explain';
import { formatNumber } from '../shared/format';
import { ACTIVATION_NAMES, clampParam, DEFAULT_PARAMS, RANGES, type Activation, type NeuronSettings, type NumericKey } from './params';
import { nextPosition, playRange, type PlayKind } from './player';
import { nodeWithRole, runNeuron } from './run';
import { forwardCount, totalSteps } from './timeline';

/** Milliseconds between animation steps when playing. */
export const STEP_MS = 900;

/** The outcome of the last "Take a step", for the panel. */
export interface DescentNote {
  before: number;
  after: number;
  eta: number;
  clamped: string[];
}

/** One figure's state; see the module comment. */
export class NeuronState {
  /** The settings; a deep $state, so each reader depends only on the fields it reads. */
  params = $state<NeuronSettings>({ ...DEFAULT_PARAMS });
  /** The engine's passes and gradient check; it reads every setting but η, so η never reruns it. */
  run = $derived(runNeuron(this.params));
  total = $derived(totalSteps(this.run));
  forwardSteps = $derived(forwardCount(this.run));
  /** Position in the animation: 0 = nothing computed … total = both passes done. */
  pos = $state(0);
  /** Show the overview of a complete pass rather than the last step (on load, after a descent step). */
  summary = $state(true);
  playing = $state(false);
  /** Set from prefers-reduced-motion: playback jumps instead of animating. */
  reducedMotion = $state(false);
  /** Losses: the start, then after each gradient step (cleared when the reader changes a setting). */
  history = $state.raw<number[]>([]);
  lastDescent = $state.raw<DescentNote | null>(null);
  /** The latest sentence for the live region; the view throttles it. */
  announcement = $state('');
  explanation = $derived(explainAt(this.run, this.params.act, this.pos, this.summary));

  private timer: ReturnType<typeof setTimeout> | null = null;
  private target = 0;

  constructor() {
    this.pos = totalSteps(this.run);
  }

  /** Sets a numeric setting (clamped to its range). */
  set(key: NumericKey, value: number): void {
    if (!Number.isFinite(value)) return;
    const v = clampParam(key, value);
    if (v === this.params[key]) return;
    this.params[key] = v;
    if (key !== 'eta') this.clearHistory();
    this.announcement = `${RANGES[key].label} = ${formatNumber(v)}. Loss L = ${formatNumber(this.run.loss)}.`;
  }

  /** Chooses the activation. */
  setActivation(act: Activation): void {
    if (act === this.params.act) return;
    this.params.act = act;
    this.clearHistory();
    this.announcement = `Activation ${ACTIVATION_NAMES[act]}: a = ${formatNumber(nodeWithRole(this.run, 'act').value)}, loss L = ${formatNumber(this.run.loss)}.`;
  }

  /** Shows position p and announces its step. */
  goTo(p: number, summary = false): void {
    this.pos = Math.max(0, Math.min(this.total, p));
    this.summary = summary && this.pos === this.total;
    this.announcement = this.explanation.live;
  }

  /** One step on (Step / N / →); stops playback. */
  next(): void {
    this.pause();
    this.goTo(nextPosition(this.pos, this.total));
  }

  /** Forward, Backward or Play: animates the range, or jumps to its end with reduced motion. */
  start(kind: PlayKind): void {
    this.pause();
    const { from, to } = playRange(kind, this.pos, this.forwardSteps, this.total);
    if (this.reducedMotion) {
      this.goTo(to);
      return;
    }
    // The first step shows at once, so the button answers immediately; the rest follow in time.
    this.target = to;
    this.goTo(from < to ? from + 1 : to);
    if (this.pos < to) this.tick();
  }

  /** Play/Pause (Space). */
  toggle(): void {
    if (this.playing) this.pause();
    else this.start('play');
  }

  /** Stops playback where it is. */
  pause(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.playing = false;
  }

  /** Rewinds the passes to their start (the settings stay). */
  reset(): void {
    this.pause();
    this.goTo(0);
  }

  /** Back to the default settings, with both passes shown complete for them. */
  restoreDefaults(): void {
    this.pause();
    this.params = { ...DEFAULT_PARAMS };
    this.clearHistory();
    this.pos = this.total;
    this.summary = true;
    this.announcement = `Default settings restored. Loss L = ${formatNumber(this.run.loss)}.`;
  }

  /** "Take a step": w ← w − η∇L on w₁, w₂, b, then shows the complete pass at the new values. */
  descend(): void {
    this.pause();
    const before = this.run.loss;
    const { params, clamped } = gradientStep(this.params, this.run);
    this.params = { ...params };
    const after = this.run.loss;
    this.history = pushLoss(this.history, before, after);
    this.lastDescent = { before, after, eta: params.eta, clamped };
    this.pos = this.total;
    this.summary = true;
    const verb = after < before ? 'fell' : after > before ? 'rose' : 'stayed';
    const edge = clamped.length > 0 ? ` ${clamped.join(' and ')} reached the end of its range.` : '';
    this.announcement = `Took a gradient step with η = ${formatNumber(params.eta)}: loss ${verb} from ${formatNumber(before)} to ${formatNumber(after)}.${edge}`;
  }

  /** Starts over from settings read from a link: no history, both passes shown complete. */
  load(params: NeuronSettings): void {
    this.params = { ...params };
    this.clearHistory();
    this.pos = this.total;
    this.summary = true;
  }

  /** Stops timers; call when the view is destroyed. */
  destroy(): void {
    this.pause();
  }

  private clearHistory(): void {
    this.history = [];
    this.lastDescent = null;
  }

  private tick(): void {
    this.playing = true;
    this.timer = setTimeout(() => {
      this.goTo(this.pos + 1);
      if (this.pos < this.target) this.tick();
      else this.pause();
    }, STEP_MS);
  }
}
