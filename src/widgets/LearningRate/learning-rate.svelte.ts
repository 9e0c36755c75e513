/**
 * The state of one learning-rate figure: the settings, the engine's loss for them (compiled
 * again only when the loss or a changes), the run of gradient descent, what it did and the
 * sentences that say so. The view reads it and calls its methods.
 */
import { announce, outcomeSentence, regimeSentence } from './describe';
import { descend, outcomeOf } from './descent';
import { makeLoss, type LossKind } from './losses';
import { clampSetting, DEFAULTS, type LearningRateSettings, type NumericKey } from './params';
import { boundaries, regimeOf } from './regime';

/** One figure's state; see the module comment. */
export class LearningRateState {
  settings = $state<LearningRateSettings>({ ...DEFAULTS });
  loss = $derived(makeLoss(this.settings.loss, this.settings.a));
  run = $derived(descend(this.loss, this.settings.eta, this.settings.theta0, this.settings.steps));
  result = $derived(outcomeOf(this.run));
  regime = $derived(regimeOf(this.settings.eta, this.loss.curvature));
  bounds = $derived(boundaries(this.loss.curvature));
  theory = $derived(regimeSentence(this.regime, this.settings.eta, this.loss));
  observed = $derived(outcomeSentence(this.run, this.result.outcome, this.result.alternating));
  /** The sentence for the live region; the view throttles it. */
  announcement = $derived(announce(this.loss, this.settings.eta, this.run, this.result.outcome, this.result.alternating));

  /** Sets a numeric setting, clamped into its range. */
  set(key: NumericKey, value: number): void {
    if (!Number.isFinite(value)) return;
    this.settings[key] = clampSetting(key, value);
  }

  /** Chooses the loss. */
  setLoss(kind: LossKind): void {
    this.settings.loss = kind;
  }

  /** Takes the settings of a link or an example. */
  load(settings: LearningRateSettings): void {
    this.settings = { ...settings };
  }

  /** Whether the settings are the defaults. */
  get isDefault(): boolean {
    return (Object.keys(DEFAULTS) as (keyof LearningRateSettings)[]).every((k) => this.settings[k] === DEFAULTS[k]);
  }

  /** Back to the default settings. */
  restoreDefaults(): void {
    this.settings = { ...DEFAULTS };
  }
}
