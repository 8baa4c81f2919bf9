/** One option of a radio group, with what choosing it means. */
export function ChoiceCard({
  name,
  value,
  title,
  checked,
  defaultChecked,
  onChange,
  invalid,
  children,
}: {
  name: string;
  value: string;
  title: string;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: () => void;
  invalid?: boolean;
  children: React.ReactNode;
}) {
  return (
    <label className="flex cursor-pointer gap-3 rounded-md border border-stone-300 bg-white p-3 has-checked:border-brand-500 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40">
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        defaultChecked={defaultChecked}
        onChange={onChange}
        aria-invalid={invalid || undefined}
        className="mt-1 size-4 shrink-0 accent-brand-700"
      />
      <span className="text-sm">
        <span className="block font-medium text-ink">{title}</span>
        <span className="block text-muted">{children}</span>
      </span>
    </label>
  );
}
