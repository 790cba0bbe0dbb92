import { describe, expect, test } from "vitest";
import { formDataToObject } from "@/lib/forms/form-data";
import { fieldErrorsFrom } from "@/lib/forms/state";
import { messages } from "@/lib/i18n/messages";
import { parisDay, parisMidnight, ZCreateMeetingSchema, ZMeetingReportSchema } from "@/lib/meetings/form-schema";

/** A create form as the browser sends it, with the given fields on top. */
function submitted(fields: [string, string][]): FormData {
  const form = new FormData();
  const base: [string, string][] = [
    ["submissionId", "a-one-time-submission-id"],
    ["titleFr", "Rencontre"],
    ["startsAt", "2014-09-23T10:00"],
    ["endsAt", ""],
    ["kind", "GOVERNMENT"],
    ["status", "HELD"],
    ["visibility", "MEMBERS"],
  ];
  const names = new Set(fields.map(([name]) => name));
  for (const [name, value] of [...base.filter(([name]) => !names.has(name)), ...fields]) form.append(name, value);
  return form;
}

const errorsOf = (form: FormData) => {
  const result = ZCreateMeetingSchema.safeParse(formDataToObject(form));
  // Messages as keys: each key's sentence is the key itself, so the test reads which rule spoke.
  const keys = Object.keys({ ...messages.fr.forms.errors, ...messages.fr.meetingsForm.errors });
  return result.success ? {} : fieldErrorsFrom(result.error, Object.fromEntries(keys.map((key) => [key, key])));
};

describe("the meeting form's schema", () => {
  test("an end before the start, a new action due in the past, a new position starting after the meeting: each beside its field", () => {
    const errors = errorsOf(
      submitted([
        ["endsAt", "2014-09-23T09:00"],
        ["actions[0].title", "Envoyer les exemples"],
        ["actions[0].dueOn", "2014-10-01"],
        ["newOfficials[0].firstName", "Jeanne"],
        ["newOfficials[0].lastName", "Martin"],
        ["newOfficials[0].title", "Conseillère"],
        ["newOfficials[0].institutionId", "interieur"],
        ["newOfficials[0].startDate", "2015-01-01"],
      ]),
    );
    expect(errors).toMatchObject({ endsAt: "endBeforeStart", "actions.0.dueOn": "dueInPast", "newOfficials.0.startDate": "positionNotHeldOnDate" });
  });

  test("empty rows are ignored, and errors keep the row numbers the user sees", () => {
    const form = submitted([
      ["officials[0].positionId", ""],
      ["officials[1].positionId", "p1"],
      ["actions[0].title", ""],
      ["actions[0].dueOn", ""],
      ["actions[1].title", ""],
      ["actions[1].dueOn", "2099-01-01"],
    ]);
    expect(errorsOf(form)).toEqual({ "actions.1.title": "required" });
    form.set("actions[1].title", "Relancer");
    const data = ZCreateMeetingSchema.parse(formDataToObject(form));
    // Each row kept says where the user saw it.
    expect(data.officials).toEqual([{ positionId: "p1", at: 1 }]);
    expect(data.actions).toMatchObject([{ title: "Relancer", at: 1 }]);
  });

  test("a new demand's targets come as a list within its row", () => {
    const form = submitted([
      ["newDemands[0].titleFr", "Former les agents"],
      ["newDemands[0].targets[]", "interieur"],
      ["newDemands[0].targets[]", "justice"],
    ]);
    expect(ZCreateMeetingSchema.parse(formDataToObject(form)).newDemands).toEqual([{ titleFr: "Former les agents", titleEn: null, targets: ["interieur", "justice"], note: null, at: 0 }]);
  });

  test("unknown fields, a missing title and an over-long report are refused", () => {
    expect(errorsOf(submitted([["isAdmin", "true"]]))).toEqual({ _form: "unknownField" });
    expect(errorsOf(submitted([["actions[0].bogus", "x"]]))).toHaveProperty(["actions.0"], "unknownField");
    expect(errorsOf(submitted([["titleFr", "  "]]))).toEqual({ titleFr: "required" });
    expect(errorsOf(submitted([["report", "x".repeat(100_001)]]))).toEqual({ report: "tooLong" });
  });

  test("a validation date only for a validated report; a validated report needs its date or its plenary", () => {
    expect(errorsOf(submitted([["reportStatus", "DRAFT"], ["reportValidatedOn", "2014-09-29"]]))).toEqual({ reportValidatedOn: "onlyWhenValidated" });
    expect(errorsOf(submitted([["reportStatus", "VALIDATED"]]))).toEqual({ reportValidatedOn: "validatedOnRequired" });
    const report = ZMeetingReportSchema.safeParse({ meetingId: "m", version: "1", report: "texte", reportStatus: "VALIDATED" });
    expect(report.success).toBe(false);
  });
});

describe("Paris days", () => {
  test("a meeting at 00:30 in Paris is on that Paris day, though still the day before in UTC", () => {
    expect(parisDay(new Date("2014-09-22T22:30:00Z"))).toEqual(new Date("2014-09-23T00:00:00Z"));
    expect(parisMidnight(new Date("2014-09-23T08:00:00Z"))).toEqual(new Date("2014-09-22T22:00:00Z"));
    expect(parisMidnight(new Date("2014-12-01T08:00:00Z"))).toEqual(new Date("2014-11-30T23:00:00Z"));
  });
});
