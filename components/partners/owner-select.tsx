'use client';

type Props = {
  id: string;
  name: string;
  defaultValue: string;
  className: string;
  /** [value, label] pairs: at a state library's four hundred staff, sent as data rather than as
   * four hundred server-rendered elements, each of which the page's payload spelled out in full. */
  options: [string, string][];
};

/** The staff liaison filter's select (components/partners/partner-filters.tsx). */
export function OwnerSelect({ id, name, defaultValue, className, options }: Props) {
  return (
    <select id={id} name={name} defaultValue={defaultValue} className={className}>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
