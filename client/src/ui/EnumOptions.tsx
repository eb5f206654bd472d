import { optionsOf } from './labels';

/** The <option>s of an enum, labelled in French. */
export function EnumOptions<Value extends string>({ labels }: { labels: Record<Value, string> }) {
  return optionsOf(labels).map(({ value, label }) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
