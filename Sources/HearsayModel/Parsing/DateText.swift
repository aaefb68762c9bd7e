/// Parses the dates found in front matter: ISO 8601 with or without a zone, `YYYY-MM-DD HH:MM:SS`,
/// `YYYY-MM-DD`, and `YYYY/MM/DD`. Hand-written because it runs once per file during bulk loading.
enum DateText {
    /// Seconds since 1970; UTC when the text gives no zone. `nil` when the text is not such a date.
    static func timestamp(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[index + offset]
                guard UTF8Bytes.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            if index < bytes.count, bytes[index] == byte { index += 1; return true }
            return false
        }
        while index < bytes.count, UTF8Bytes.isSpace(bytes[index]) { index += 1 }
        guard let year = number(4) else { return nil }
        let separator: UInt8 = index < bytes.count && bytes[index] == UInt8(ascii: "/") ? UInt8(ascii: "/") : UInt8(ascii: "-")
        guard skip(separator), let month = number(2), skip(separator), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = 0.0
        var offset = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") {
            index += 1
            guard let hour = number(2), skip(UInt8(ascii: ":")), let minute = number(2), hour < 24, minute < 60 else { return nil }
            var second = 0.0
            if skip(UInt8(ascii: ":")) {
                guard let whole = number(2), whole <= 60 else { return nil }
                second = Double(whole)
                if skip(UInt8(ascii: ".")) {
                    var scale = 0.1
                    while index < bytes.count, UTF8Bytes.isDigit(bytes[index]) {
                        second += Double(bytes[index] - 0x30) * scale
                        scale /= 10
                        index += 1
                    }
                }
            }
            seconds = Double(hour * 3600 + minute * 60) + second
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            if skip(UInt8(ascii: "Z")) || skip(UInt8(ascii: "z")) {
                offset = 0
            } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
                guard let zoneHours = number(2) else { return nil }
                _ = skip(UInt8(ascii: ":"))
                let zoneMinutes = number(2) ?? 0
                offset = sign * (zoneHours * 3600 + zoneMinutes * 60)
            }
        }
        while index < bytes.count, UTF8Bytes.isSpace(bytes[index]) { index += 1 }
        guard index == bytes.count else { return nil }
        return Double(daysFromCivil(year: year, month: month, day: day)) * 86_400 + seconds - Double(offset)
    }

    /// `YYYY-MM-DD` (UTC) for a timestamp.
    static func day(_ timestamp: Double) -> String {
        let days = Int((timestamp / 86_400).rounded(.down))
        let (year, month, day) = civil(fromDays: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Howard Hinnant's days-from-civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
