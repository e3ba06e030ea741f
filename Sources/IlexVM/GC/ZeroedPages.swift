// Tables sized for the worst case (the heap's block and card tables, the thread-static slots):
// anonymous memory the kernel zeroes a page at a time when first touched, so only the part in
// use is resident. Filling such a table with zeros or nils ourselves would make all of it resident.

#if canImport(Glibc)
import Glibc
#endif

func zeroedPages(_ bytes: Int) -> UnsafeMutableRawPointer {
    let raw = mmap(nil, max(bytes, 1), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
    guard let raw, raw != MAP_FAILED else { fatalError("ilex: cannot map \(bytes) bytes of zeroed memory") }
    return raw
}

func releaseZeroedPages(_ pages: UnsafeMutableRawPointer, _ bytes: Int) {
    munmap(pages, max(bytes, 1))
}
