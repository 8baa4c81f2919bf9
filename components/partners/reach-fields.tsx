import { TextField } from '@/components/ui/field';

type Props = { defaultValue?: string; error?: string };

// How to reach a partner or a contact: the same fields, limits and browser hints in both forms (the
// limits are those of lib/partners/validation.ts). Not autofilled: these are someone else's details.

export function EmailField({ defaultValue, error }: Props) {
  return (
    <TextField
      label="Email"
      name="email"
      type="email"
      maxLength={254}
      autoComplete="off"
      defaultValue={defaultValue}
      error={error}
    />
  );
}

export function PhoneField({ defaultValue, error }: Props) {
  return (
    <TextField
      label="Phone"
      name="phone"
      type="tel"
      maxLength={40}
      autoComplete="off"
      defaultValue={defaultValue}
      error={error}
    />
  );
}
