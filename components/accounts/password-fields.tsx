import { Field, Input } from "@/components/ui/field";
import { describe } from "./form-message";

/** A new password typed twice, with the rules as a hint. */
export function NewPasswordFields({
  t,
  errors,
}: {
  t: { newPassword: string; confirmation: string; passwordHint: string };
  errors?: Partial<Record<string, string>>;
}) {
  return (
    <>
      <Field label={t.newPassword} name="password" error={errors?.password} hint={t.passwordHint}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required {...describe("password", errors?.password, true)} />
      </Field>
      <Field label={t.confirmation} name="confirmation" error={errors?.confirmation}>
        <Input id="confirmation" name="confirmation" type="password" autoComplete="new-password" required {...describe("confirmation", errors?.confirmation)} />
      </Field>
    </>
  );
}
