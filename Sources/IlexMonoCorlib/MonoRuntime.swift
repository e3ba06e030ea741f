// Mono.Runtime: the runtime's identity and its hooks into mono's crash reporting. Ilex reports
// its own identity (RuntimeInformation.FrameworkDescription is "Mono " + GetDisplayName()).
import IlexVM

extension MonoCorlib {
    static func registerMonoRuntime(_ table: NativeMethodTable) {
        // string Runtime.GetDisplayName(): mono answers "6.8.0.105 (Debian …)"; Ilex names itself.
        table.register("Mono.Runtime::GetDisplayName") { context, frame in
            let context = NativeContext(context)
            return MonoCorlib.stringResult(frame, "Ilex \(IlexVersion.string)", context)
        }
        // void Runtime.mono_runtime_install_handlers(): mono installs its signal handlers here
        // (SIGSEGV/SIGFPE turned into NullReferenceException/DivideByZeroException by its JIT,
        // SIGQUIT thread dumps). Ilex raises those exceptions from explicit checks in the
        // interpreter and installs no signal handlers, so there is nothing to install.
        table.register("Mono.Runtime::mono_runtime_install_handlers") { _, _ in NativeContext.success }
        // string Runtime.GetNativeStackTrace(Exception e): mono's native frames of the throw
        // point; Ilex keeps none (no native code is generated), so null, as mono answers when it
        // has none.
        table.register("Mono.Runtime::GetNativeStackTrace") { _, frame in
            result(frame, UInt(0))
            return NativeContext.success
        }
        // Crash reporting and Microsoft telemetry (mono's merp): Ilex has no crash reporter.
        // Turning it off, or asking to register native libraries for it, does nothing;
        // the calls that would write or send a report are left out (they fail loudly).
        for name in ["DisableMicrosoftTelemetry", "RegisterReportingForAllNativeLibs_internal", "RegisterReportingForNativeLib_internal",
                     "EnableCrashReportLog_internal"] {
            table.register("Mono.Runtime::" + name) { _, _ in NativeContext.success }
        }
        // int Runtime.CheckCrashReportLog_internal(IntPtr directory, bool clear): no crash
        // report was ever written (0, mono's "none" state).
        table.register("Mono.Runtime::CheckCrashReportLog_internal") { _, frame in
            result(frame, Int64(0))
            return NativeContext.success
        }
    }
}
