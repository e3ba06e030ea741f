// System.Math and System.MathF internal calls: the C library's functions, as mono's icalls call them.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerMath(_ table: NativeMethodTable) {
        table.register("System.Math::Acos") { _, frame in result(frame, acos(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Acos") { _, frame in result(frame, UInt64(acosf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Acosh") { _, frame in result(frame, acosh(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Acosh") { _, frame in result(frame, UInt64(acoshf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Asin") { _, frame in result(frame, asin(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Asin") { _, frame in result(frame, UInt64(asinf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Asinh") { _, frame in result(frame, asinh(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Asinh") { _, frame in result(frame, UInt64(asinhf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Atan") { _, frame in result(frame, atan(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Atan") { _, frame in result(frame, UInt64(atanf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Atanh") { _, frame in result(frame, atanh(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Atanh") { _, frame in result(frame, UInt64(atanhf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Cbrt") { _, frame in result(frame, cbrt(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Cbrt") { _, frame in result(frame, UInt64(cbrtf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Ceiling") { _, frame in result(frame, ceil(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Ceiling") { _, frame in result(frame, UInt64(ceilf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Cos") { _, frame in result(frame, cos(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Cos") { _, frame in result(frame, UInt64(cosf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Cosh") { _, frame in result(frame, cosh(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Cosh") { _, frame in result(frame, UInt64(coshf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Exp") { _, frame in result(frame, exp(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Exp") { _, frame in result(frame, UInt64(expf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Floor") { _, frame in result(frame, floor(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Floor") { _, frame in result(frame, UInt64(floorf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Log") { _, frame in result(frame, log(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Log") { _, frame in result(frame, UInt64(logf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Log10") { _, frame in result(frame, log10(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Log10") { _, frame in result(frame, UInt64(log10f(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Sin") { _, frame in result(frame, sin(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Sin") { _, frame in result(frame, UInt64(sinf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Sinh") { _, frame in result(frame, sinh(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Sinh") { _, frame in result(frame, UInt64(sinhf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Sqrt") { _, frame in result(frame, sqrt(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Sqrt") { _, frame in result(frame, UInt64(sqrtf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Tan") { _, frame in result(frame, tan(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Tan") { _, frame in result(frame, UInt64(tanf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Tanh") { _, frame in result(frame, tanh(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Tanh") { _, frame in result(frame, UInt64(tanhf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Atan2") { _, frame in result(frame, atan2(argument(frame, 0, as: Double.self), argument(frame, 1, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Atan2") { _, frame in result(frame, UInt64(atan2f(argument(frame, 0, as: Float.self), argument(frame, 1, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Pow") { _, frame in result(frame, pow(argument(frame, 0, as: Double.self), argument(frame, 1, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Pow") { _, frame in result(frame, UInt64(powf(argument(frame, 0, as: Float.self), argument(frame, 1, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::FMod") { _, frame in result(frame, fmod(argument(frame, 0, as: Double.self), argument(frame, 1, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::FMod") { _, frame in result(frame, UInt64(fmodf(argument(frame, 0, as: Float.self), argument(frame, 1, as: Float.self)).bitPattern)); return NativeContext.success }
        // Round: to the nearest, halves to even, as .NET documents and mono's icall computes.
        // (Mono's JIT folds Math.Round of a constant with C's round(), halves away from zero: the
        // corpus passes values through variables.)
        table.register("System.Math::Round(System.Double)") { _, frame in result(frame, rint(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.MathF::Round(System.Single)") { _, frame in result(frame, UInt64(rintf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        table.register("System.Math::Abs(System.Double)") { _, frame in result(frame, fabs(argument(frame, 0, as: Double.self))); return NativeContext.success }
        table.register("System.Math::Abs(System.Single)") { _, frame in result(frame, UInt64(fabsf(argument(frame, 0, as: Float.self)).bitPattern)); return NativeContext.success }
        // double ModF(double x, double* intptr)
        table.register("System.Math::ModF") { _, frame in
            result(frame, modf(argument(frame, 0, as: Double.self), argument(frame, 1, as: UnsafeMutablePointer<Double>.self)))
            return NativeContext.success
        }
    }
}

extension MonoCorlib {
    /// Interop+Sys internal calls of Mono's corlib that number formatting uses.
    static func registerNumberFormatting(_ table: NativeMethodTable) {
        // int Interop.Sys.DoubleToString(double value, byte* format, byte* buffer, int bufferLength):
        // the C library's printf formatting of a double (mono: snprintf), returning its length.
        table.register("Interop+Sys::DoubleToString") { context, frame in
            let context = NativeContext(context)
            let value = argument(frame, 0, as: Double.self)
            guard let format = argument(frame, 1, as: UnsafePointer<CChar>?.self),
                  let buffer = argument(frame, 2, as: UnsafeMutablePointer<CChar>?.self) else { return context.throwException("System.ArgumentNullException") }
            let length = Int(argument(frame, 3, as: Int32.self))
            let written = withVaList([value]) { vsnprintf(buffer, length, format, $0) }
            result(frame, Int64(written))
            return NativeContext.success
        }
    }
}
