// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends,
// and text cells that would start a formula defused with a leading apostrophe.
import { stringify } from "csv-stringify/sync";

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const records = [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => cell(column.value(row))))];
  return stringify(records, { bom: true, record_delimiter: "windows" });
}
