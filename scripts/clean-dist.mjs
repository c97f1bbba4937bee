#!/usr/bin/env node
// `prepack`: start dist/ afresh, so a file whose source was deleted or renamed is not shipped.
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
