/**
 * Reading a record, the one entry point the rest of the code imports: bytes (bounded, never a FIFO waited on) →
 * text (UTF-8, or why not) → document (YAML with positions: the plain-subset reader, else `yaml`) → record.
 */
export { ioFinding, readBounded, readErrorFinding, readOwnFile, readRecordFile } from "./bytes.js";
export { type Document, plainDocument, readDocument, yamlDocument } from "./document.js";
export { type NodeOffsets, readPlainYaml } from "./document-plain.js";
export { type Parsed, parseYaml } from "./document-yaml.js";
export { fastAccept, readSource, type Source, sourceFromBytes } from "./record.js";
export { type Decoded, decode, decodeRecord, recordText } from "./text.js";
