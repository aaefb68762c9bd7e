import Foundation

/// A colour in CIELAB (D65 white), where distances approximate what people see.
public struct LabColor: Sendable, Hashable {
    public var lightness: Double
    public var a: Double
    public var b: Double

    public init(lightness: Double, a: Double, b: Double) {
        self.lightness = lightness
        self.a = a
        self.b = b
    }

    /// How colourful (C*ab): 0 for a grey.
    public var chroma: Double { (a * a + b * b).squareRoot() }

    /// sRGB → linear RGB → XYZ (D65) → L*a*b*, with the standard sRGB matrices.
    public init(_ color: RGBColor) {
        func linear(_ component: UInt8) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let (red, green, blue) = (linear(color.red), linear(color.green), linear(color.blue))
        let x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047
        let y = (0.2126729 * red + 0.7151522 * green + 0.0721750 * blue) / 1.0
        let z = (0.0193339 * red + 0.1191920 * green + 0.9503041 * blue) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116 }
        let (fx, fy, fz) = (f(x), f(y), f(z))
        self.init(lightness: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }
}
