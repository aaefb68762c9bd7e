import Foundation

/// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), with kL = kC = kH = 1.
///
/// Why CIEDE2000 rather than RGB distance or plain ΔE*76: picking the nearest palette entry is
/// exactly the "which of these looks closest" question it was fitted to. It corrects CIELAB's
/// known faults in the blues and near-greys, which is where the xterm cube is sparse and a
/// Euclidean choice visibly shifts hue (a slate blue going purple, a warm grey going green).
public enum ColorDifference {
    public static func ciede2000(_ first: LabColor, _ second: LabColor) -> Double {
        let radiansPerDegree = Double.pi / 180
        let c1 = (first.a * first.a + first.b * first.b).squareRoot()
        let c2 = (second.a * second.a + second.b * second.b).squareRoot()
        let meanC = (c1 + c2) / 2
        let meanC7 = pow(meanC, 7)
        let g = 0.5 * (1 - (meanC7 / (meanC7 + pow(25, 7))).squareRoot())
        let a1 = (1 + g) * first.a
        let a2 = (1 + g) * second.a
        let c1Prime = (a1 * a1 + first.b * first.b).squareRoot()
        let c2Prime = (a2 * a2 + second.b * second.b).squareRoot()
        func hue(_ b: Double, _ a: Double) -> Double {
            if a == 0 && b == 0 { return 0 }
            let degrees = atan2(b, a) / radiansPerDegree
            return degrees < 0 ? degrees + 360 : degrees
        }
        let h1 = hue(first.b, a1)
        let h2 = hue(second.b, a2)

        let deltaL = second.lightness - first.lightness
        let deltaC = c2Prime - c1Prime
        var deltaH = 0.0
        if c1Prime * c2Prime != 0 {
            deltaH = h2 - h1
            if deltaH > 180 { deltaH -= 360 } else if deltaH < -180 { deltaH += 360 }
        }
        let deltaBigH = 2 * (c1Prime * c2Prime).squareRoot() * sin(deltaH / 2 * radiansPerDegree)

        let meanL = (first.lightness + second.lightness) / 2
        let meanCPrime = (c1Prime + c2Prime) / 2
        var meanH = h1 + h2
        if c1Prime * c2Prime != 0 {
            if abs(h1 - h2) <= 180 {
                meanH = (h1 + h2) / 2
            } else {
                meanH = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
            }
        }
        let t =
            1 - 0.17 * cos((meanH - 30) * radiansPerDegree) + 0.24 * cos(2 * meanH * radiansPerDegree)
            + 0.32 * cos((3 * meanH + 6) * radiansPerDegree) - 0.20 * cos((4 * meanH - 63) * radiansPerDegree)
        let deltaTheta = 30 * exp(-pow((meanH - 275) / 25, 2))
        let meanCPrime7 = pow(meanCPrime, 7)
        let rC = 2 * (meanCPrime7 / (meanCPrime7 + pow(25, 7))).squareRoot()
        let lightnessOffset = pow(meanL - 50, 2)
        let sL = 1 + 0.015 * lightnessOffset / (20 + lightnessOffset).squareRoot()
        let sC = 1 + 0.045 * meanCPrime
        let sH = 1 + 0.015 * meanCPrime * t
        let rT = -sin(2 * deltaTheta * radiansPerDegree) * rC
        let termL = deltaL / sL
        let termC = deltaC / sC
        let termH = deltaBigH / sH
        return (termL * termL + termC * termC + termH * termH + rT * termC * termH).squareRoot()
    }
}
