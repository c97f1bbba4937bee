/** 文件系统出错时的说明(中文):原因用词语说,不只给错误代码。 */

/** What each file-system error code means, in words a clerk understands. */
const reasons: Record<string, string> = {
  ENOSPC: "磁盘已满",
  EDQUOT: "磁盘配额已用完",
  EFBIG: "文件太大",
  EROFS: "磁盘或文件夹是只读的",
  EACCES: "没有权限",
  EPERM: "没有权限(或文件正被其他程序占用)",
  EISDIR: "是一个文件夹",
  ENOTDIR: "路径中有一段是文件,不是文件夹",
  ENAMETOOLONG: "路径或文件名太长",
  ENOENT: "文件或文件夹不存在",
  EEXIST: "已存在",
  EBUSY: "文件正被其他程序占用",
  ETXTBSY: "文件正被其他程序占用",
  ELOOP: "链接层层相套,找不到真正的文件",
  EMFILE: "同时打开的文件太多",
  ENFILE: "同时打开的文件太多",
  EIO: "磁盘读写出错(磁盘或网络共享可能有故障)",
  ENXIO: "设备不可用",
  ENODEV: "设备不可用",
  EXDEV: "不能跨磁盘移动",
  EINVAL: "文件名或路径不合法",
  EAGAIN: "资源暂时不可用",
  ETIMEDOUT: "网络共享无响应",
  ESTALE: "网络共享的连接已失效",
  EHOSTDOWN: "网络共享所在的电脑无法连接",
  EHOSTUNREACH: "网络共享所在的电脑无法连接",
  ECONNRESET: "网络共享的连接被断开",
  ENOTEMPTY: "文件夹不是空的",
  EPIPE: "接收输出的程序已关闭",
  UNKNOWN: "未知的系统错误",
};

export const zhFs = {
  reason: (code: string) => reasons[code] ?? `系统错误 ${code}`,
  /** A write that failed: what became of the file depends on whether there was one. */
  cannotWrite: (path: string, reason: string, existed: boolean) =>
    `无法写入 ${path}:${reason}。${existed ? "原文件未改动" : "没有写入任何文件"}`,
  cannotRead: (path: string, reason: string) => `无法读取 ${path}:${reason}`,
  /** An error whose operation is not known: the file is named and the reason given. */
  failed: (path: string, reason: string) => `无法访问 ${path}:${reason}`,
  inUse: (path: string) => `无法替换 ${path}:文件正被 Excel/WPS 打开,请关闭后再试。原文件未改动`,
  stdout: (reason: string) => `无法写入标准输出:${reason}。输出不完整,请勿使用`,
  notRegular: (path: string, kind: string) =>
    `${path} 是${kind},不是普通文件,不能作为输出文件。请用 --out 另选文件名,或用 --out - 输出到标准输出`,
  kinds: {
    folder: "一个文件夹",
    fifo: "一个命名管道",
    device: "一个设备",
    socket: "一个套接字",
    danglingLink: "一个指向不存在文件的链接",
  },
  binaryToTerminal: "工作簿是二进制文件,不能显示在终端上。请用 --out 指定文件名,或把 --out - 的输出重定向到文件",
  caseOnly: (path: string, actual: string) =>
    `${path} 与已有的 ${actual} 只差大小写;在 Windows 上它们是同一个文件。请统一文件名的大小写`,
};

export type FsText = typeof zhFs;
