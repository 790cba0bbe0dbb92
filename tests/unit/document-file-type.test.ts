import { describe, expect, test } from "vitest";
import { detectDocumentType, readZipDirectory } from "@/lib/documents/file-type";
import { documentTypeAndSize } from "@/lib/documents/types";
import { htmlPage, pdfHtmlPolyglot, pdfZipPolyglot, tinyDocx, tinyOdt, tinyPdf, zip } from "../support/documents";

const mime = (bytes: Uint8Array) => {
  const result = detectDocumentType(bytes);
  return result.ok ? result.type.mimeType : result.reason;
};

describe("a document's type is read from its content", () => {
  test("a real PDF, ODT and DOCX are recognised", () => {
    expect(mime(tinyPdf())).toBe("application/pdf");
    expect(mime(tinyOdt())).toBe("application/vnd.oasis.opendocument.text");
    expect(mime(tinyDocx())).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  test("a web page is not a document, whatever it is called", () => {
    expect(mime(htmlPage())).toBe("unknownType");
  });

  test("an empty file is refused as empty", () => {
    expect(mime(new Uint8Array())).toBe("empty");
  });

  test("a PDF header in front of a web page is a polyglot", () => {
    expect(mime(pdfHtmlPolyglot())).toBe("polyglot");
  });

  test("a PDF with a ZIP glued behind it is a polyglot", () => {
    expect(mime(pdfZipPolyglot())).toBe("polyglot");
  });

  test("a ZIP that also carries a PDF header in its first bytes is a polyglot", () => {
    const sneaky = zip([{ name: "a.txt", data: Buffer.from("%PDF-1.4 hello") }]);
    expect(mime(sneaky)).toBe("polyglot");
  });

  test("a ZIP that is neither ODT nor DOCX is refused", () => {
    expect(mime(zip([{ name: "notes.txt", data: Buffer.from("bonjour") }]))).toBe("unknownType");
  });

  test("an OpenDocument spreadsheet is not an ODT text", () => {
    expect(mime(zip([{ name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") }]))).toBe("unknownType");
  });

  test("a DOCX with bytes glued in front or behind is damaged, not accepted", () => {
    expect(mime(Buffer.concat([Buffer.from("PK\x03\x04junk"), tinyDocx()]))).toBe("damaged");
    expect(mime(Buffer.concat([tinyDocx(), Buffer.from("<html>")]))).toBe("damaged");
  });

  test("a truncated PDF is damaged", () => {
    const pdf = tinyPdf();
    expect(mime(pdf.subarray(0, pdf.length - 20))).toBe("damaged");
  });

  test("the ZIP directory lists every entry of a clean archive", () => {
    expect(readZipDirectory(tinyDocx())?.map((entry) => entry.name)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    expect(readZipDirectory(tinyPdf())).toBeNull();
  });
});

describe("a document is shown as the coalition's site shows it", () => {
  test("type and size", () => {
    expect(documentTypeAndSize("application/pdf", 496_200)).toBe("PDF - 496.2 kB");
    expect(documentTypeAndSize("application/vnd.oasis.opendocument.text", 319_000)).toBe("ODT - 319 kB");
  });
});
