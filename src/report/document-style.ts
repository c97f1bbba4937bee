/**
 * The look of an official document (公文, after GB/T 9704): A4, type area 156 × 225 mm (top 37, bottom 35, left 28,
 * right 26 mm), title in 小标宋 二号, headings in 黑体 and 楷体 三号, body in 仿宋 三号 at 22 lines a page, page numbers
 * "— N —" in 宋体 四号 (odd pages right, even pages left). Shared by the annual summary and an item's report draft.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { ChartPicture } from "./charts-render.js";

const TITLE_FONT = "方正小标宋简体";
const BODY_FONT = "仿宋";
const HEADING_FONT = "黑体";
const SUBHEADING_FONT = "楷体";
const NUMBER_FONT = "宋体";
/** 三号 = 16 pt; docx sizes are half-points. */
const BODY_SIZE = 32;
/** Exact line pitch of 22 lines in 225 mm (28.95 pt), in twips. */
const LINE = 579;
/** Width of the type area in twips and, for pictures, in CSS pixels at 96 dpi. */
const TEXT_WIDTH = convertMillimetersToTwip(156);
const TEXT_WIDTH_PX = Math.round((156 / 25.4) * 96);

/** A4 in twips, as Word writes it (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };

const exact = { line: LINE, lineRule: LineRuleType.EXACT };

/** The document title, centred, its lines broken where the caller says (not mid-word), a blank line after it. */
export function title(...lines: string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE },
    children: lines.map((text, i) => new TextRun({ text, font: TITLE_FONT, size: 44, break: i > 0 ? 1 : undefined })),
  });
}

/** A paragraph in `font`, first line indented two characters; a heading is kept on the page of what follows it. */
function indented(text: string, font: string, isHeading: boolean): Paragraph {
  return new Paragraph({
    spacing: exact,
    indent: { firstLine: 640 },
    keepNext: isHeading || undefined,
    children: [new TextRun({ text, font, size: BODY_SIZE })],
  });
}

/** A first-level heading (一、…) in 黑体. */
export function heading(text: string): Paragraph {
  return indented(text, HEADING_FONT, true);
}

/** A second-level heading ((一)…) in 楷体. */
export function subheading(text: string): Paragraph {
  return indented(text, SUBHEADING_FONT, true);
}

/** A body paragraph, first line indented two characters (left-aligned: justified lines with long file names or
 * numbers get stretched gaps in LibreOffice and WPS). */
export function body(text: string): Paragraph {
  return indented(text, BODY_FONT, false);
}

/** A line left for the clerk to write in, marked so it is found and never mistaken for finished text. */
export function blank(what = "请填写"): Paragraph {
  return body(`【${what}】`);
}

/** A line aligned right (the signature block: organisation and date). */
export function signature(text: string): Paragraph {
  return new Paragraph({
    spacing: exact,
    alignment: AlignmentType.RIGHT,
    indent: { right: 1280 },
    children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
  });
}

function cell(text: string, bold: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, font: bold ? HEADING_FONT : BODY_FONT, size: 21 })],
      }),
    ],
  });
}

/** A bordered table in 五号 type: a header row, then rows of text; `weights` share the type area's width. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], weights?: number[]): Table {
  const w = weights ?? headers.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((TEXT_WIDTH * x) / sum));
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, widths[i] ?? 0)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, false, widths[i] ?? 0)) })),
    ],
  });
}

/** A chart picture at the width of the type area, centred, with its caption as alt text. */
export function picture(chart: ChartPicture): Paragraph {
  const width = TEXT_WIDTH_PX;
  const height = Math.round((width * chart.height) / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: false,
    children: [
      new ImageRun({
        type: "png",
        data: chart.png,
        transformation: { width, height },
        altText: { name: chart.caption, title: chart.caption, description: chart.caption },
      }),
    ],
  });
}

function pageNumber(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 320 } : { left: 320 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: NUMBER_FONT, size: 28 })],
      }),
    ],
  });
}

/** The whole document: 公文 page set-up and page numbers around the given paragraphs and tables. */
export function officialDocument(docTitle: string, children: readonly (Paragraph | Table)[]): Document {
  return new Document({
    creator: "wenping",
    title: docTitle,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
              footer: convertMillimetersToTwip(20),
            },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [...children],
      },
    ],
  });
}

/** The document as .docx bytes. */
export async function documentBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
