import Foundation  // memcmp

/// A cell that differs between two frames, at its column and row.
public struct CellChange: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

extension ScreenBuffer {
    /// The cells to draw to turn `previous` into this buffer, left to right, top to bottom.
    ///
    /// Continuation cells are never listed: drawing a wide character fills them. A cell that
    /// follows a wide character of the previous frame is redrawn when that character is
    /// replaced, because the terminal erased it along with the wide one (as ratatui's diff does).
    /// A size change means everything.
    public func changes(since previous: ScreenBuffer?) -> [CellChange] {
        guard let previous, previous.size == size else {
            return cells.indices.compactMap { index in
                cells[index].isContinuation
                    ? nil
                    : CellChange(x: index % size.width, y: index / size.width, cell: cells[index])
            }
        }
        var changes: [CellChange] = []
        // Borrowing both grids in place: copying each Cell (a String and a style) to compare it
        // was a third of the cost of a frame.
        cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                let rowBytes = size.width * MemoryLayout<Cell>.stride
                for y in 0..<size.height {
                    let row = y * size.width
                    // Cells are plain data: a row with the same bytes is the same row (most rows
                    // of most frames). Different bytes may still be equal cells (padding), so
                    // those rows are compared cell by cell.
                    if memcmp(now.baseAddress! + row, before.baseAddress! + row, rowBytes) == 0 { continue }
                    var invalidated = 0
                    for x in 0..<size.width {
                        let index = row + x
                        if now[index].width != 0, invalidated > 0 || now[index] != before[index] {
                            changes.append(CellChange(x: x, y: y, cell: now[index]))
                        }
                        let affected = max(Int(now[index].width), Int(before[index].width))
                        invalidated = max(affected, invalidated) - 1
                        if invalidated < 0 { invalidated = 0 }
                    }
                }
            }
        }
        return changes
    }
}
