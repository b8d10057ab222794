// Patient / clinician choice, shared by the popup, the options page and the first-run page.
import { useId } from 'preact/hooks';
import type { Mode } from '../common/settings.ts';
import type { Lang } from '../engine/types.ts';
import { t } from '../i18n/pages.ts';

export function ModePicker(props: {
  mode: Mode;
  lang: Lang;
  onChange: (m: Mode) => void;
  help?: boolean;
  legend?: string;
}) {
  const name = `vg-mode-${useId()}`;
  return (
    <fieldset class="vg-modes">
      <legend>{props.legend ?? t('popup.mode', props.lang)}</legend>
      {(['patient', 'clinician'] as const).map((m) => (
        <label key={m} class="vg-mode">
          <input
            type="radio"
            name={name}
            value={m}
            checked={props.mode === m}
            onChange={() => props.onChange(m)}
          />
          <span class="vg-mode-name">{t(`mode.${m}`, props.lang)}</span>
          {props.help ? <span class="vg-help">{t(`mode.${m}.help`, props.lang)}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
