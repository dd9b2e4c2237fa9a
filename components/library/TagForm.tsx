import { useState } from 'preact/hooks';
import { t } from '../i18n';

interface Props {
  /** Tags the notebook already has, offered as the reader types. */
  suggestions: readonly string[];
  disabled: boolean;
  onTag: (tag: string) => void;
}

/**
 * "Gắn thẻ…" for the selected entries: an inline field (with the notebook's tags suggested) rather
 * than a prompt() dialog, which blocks the page, cannot suggest and reads badly in screen readers.
 */
export function TagForm({ suggestions, disabled, onTag }: Props) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  if (!open) {
    return (
      <button type="button" disabled={disabled} onClick={() => setOpen(true)}>
        {t('tagSelected')}
      </button>
    );
  }
  const close = () => {
    setValue('');
    setOpen(false);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const tag = value.trim();
    if (!tag || disabled) return;
    onTag(tag);
    close();
  };
  return (
    <form class="tag-form" onSubmit={submit}>
      <input
        type="text"
        list="sotay-known-tags"
        autoFocus
        aria-label={t('tagPrompt')}
        placeholder={t('tagPrompt')}
        value={value}
        maxLength={80}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      />
      <datalist id="sotay-known-tags">
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <button type="submit" disabled={disabled || !value.trim()}>
        {t('tagApply')}
      </button>
      <button type="button" class="link" onClick={close}>
        {t('cancel')}
      </button>
    </form>
  );
}
