/**
 * Every setting of an assignment in one form: creating one on the dashboard and editing one on its review
 * page. Editing never touches what was submitted: each submission keeps its own copy of the settings.
 */
import { useState } from 'preact/hooks';
import { cases } from '../api/cases';
import { PRESETS, type Settings, TARGET_KEYS } from '../api/homework';
import { t, UI_LANGS } from '../i18n';
import { ErrorAlert, errorText } from '../pages/homework-common';
import { type Draft, draftOf, settingsOf } from './assignment-draft';
import { Field, SelectField } from './field';

export interface AssignmentFormProps {
  initial?: Settings;
  submitLabel: string;
  testId: string;
  /** Resolves when saved; the form clears itself after a create (no `initial`). */
  onSubmit: (s: Settings) => Promise<unknown>;
}

export function AssignmentForm({ initial, submitLabel, testId, onSubmit }: AssignmentFormProps) {
  const [d, setD] = useState<Draft>(() => draftOf(initial));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Draft>) => setD((old) => ({ ...old, ...patch }));
  const list = cases.value ?? [];
  const chosenCase = d.caseId || list[0]?.id || '';
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const s = settingsOf(d, chosenCase);
    if ('problem' in s) return setError(t(s.problem));
    setBusy(true);
    try {
      await onSubmit(s);
      if (!initial) set({ title: '', instructions: '', targets: {} });
      setSaved(!!initial);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="hw-form" onSubmit={submit} data-testid={testId}>
      <ErrorAlert error={error} />
      <Field
        label={t('hw.title')}
        name="title"
        required
        maxLength={200}
        value={d.title}
        onValue={(title) => set({ title })}
      />
      <label>
        {t('hw.instructions')}
        <textarea
          name="instructions"
          rows={3}
          maxLength={5000}
          value={d.instructions}
          onInput={(e) => set({ instructions: e.currentTarget.value })}
        />
      </label>
      <CaseFields d={d} chosenCase={chosenCase} set={set} />
      <LengthFields d={d} set={set} />
      <fieldset class="hw-targets">
        <legend>{t('hw.targets')}</legend>
        {TARGET_KEYS.map((k) => (
          <Field
            key={k}
            label={t(`hw.target.${k}`)}
            inputMode="decimal"
            name={`target-${k}`}
            size={6}
            value={d.targets[k] ?? ''}
            onValue={(v) => set({ targets: { ...d.targets, [k]: v } })}
          />
        ))}
      </fieldset>
      <button type="submit" class="primary" disabled={busy || !chosenCase} aria-busy={busy}>
        {submitLabel}
      </button>
      {saved ? <span role="status">{t('hw.saved')}</span> : null}
    </form>
  );
}

type Part = { d: Draft; set: (patch: Partial<Draft>) => void };

function CaseFields({ d, chosenCase, set }: Part & { chosenCase: string }) {
  const list = cases.value ?? [];
  return (
    <div class="fields">
      <SelectField
        label={t('hw.case')}
        name="case"
        value={chosenCase}
        options={list.map((c) => ({ value: c.id, text: c.title[d.lang] }))}
        onValue={(caseId) => set({ caseId })}
      />
      <SelectField
        label={t('start.caseLang')}
        name="lang"
        value={d.lang}
        options={UI_LANGS.map((l) => ({ value: l, text: t(`langs.${l}`) }))}
        onValue={(l) => set({ lang: l })}
      />
      <SelectField
        label={t('start.difficulty')}
        name="preset"
        value={d.preset}
        options={PRESETS.map((p) => ({ value: p, text: t(`presets.${p}`) }))}
        onValue={(preset) => set({ preset })}
      />
      <label class="check">
        <input
          type="checkbox"
          name="hints"
          checked={d.hints}
          onChange={(e) => set({ hints: e.currentTarget.checked })}
        />
        {t('start.hints')}
      </label>
    </div>
  );
}

function LengthFields({ d, set }: Part) {
  return (
    <>
      <fieldset>
        <legend>{t('hw.length')}</legend>
        {(['turns', 'time'] as const).map((l) => (
          <label class="radio" key={l}>
            <input
              type="radio"
              name="length"
              value={l}
              checked={d.length === l}
              onChange={() => set({ length: l })}
            />
            {t(l === 'turns' ? 'hw.byTurns' : 'hw.byTime')}
          </label>
        ))}
      </fieldset>
      <div class="fields">
        {d.length === 'turns' ? (
          <Field
            label={t('hw.minTurns')}
            type="number"
            name="minTurns"
            min={1}
            max={100}
            required
            value={d.minTurns}
            onValue={(minTurns) => set({ minTurns })}
          />
        ) : (
          <Field
            label={t('hw.timeLimit')}
            type="number"
            name="timeLimitMinutes"
            min={1}
            max={180}
            required
            value={d.minutes}
            onValue={(minutes) => set({ minutes })}
          />
        )}
        <Field
          label={t('hw.due')}
          type="datetime-local"
          name="dueAt"
          required
          value={d.due}
          onValue={(due) => set({ due })}
        />
      </div>
    </>
  );
}
