/** Reading a produced .docx back with a zip reader and the XML text (not the library that wrote it). */
import { readFileSync } from "node:fs";
import JSZip from "jszip";

export interface DocxContent {
  /** Every paragraph's text, in order (table cells included). */
  paragraphs: string[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  /** Pictures under word/media, by name. */
  media: Map<string, Uint8Array>;
  /** The raw document.xml, for layout checks. */
  xml: string;
  footers: string[];
}

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a fragment of WordprocessingML: its w:t runs joined. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => xmlText(m[1] ?? "")).join("");
}

export async function readDocx(path: string): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])),
    ),
  );
  const media = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("word/media/"))) {
    media.set(name, await (zip.file(name) as JSZip.JSZipObject).async("uint8array"));
  }
  const footers: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n))) {
    footers.push((await zip.file(name)?.async("string")) ?? "");
  }
  return { paragraphs, tables, media, xml, footers };
}
