// The few functions of mono's runtime that mono's native libraries (libmono-native.so) call
// back into their host, defined by Ilex so that those libraries load (they are linked with
// BIND_NOW, so every symbol must exist at dlopen) and work. The ilex executable exports them
// (linked with --export-dynamic). Each forwards to a hook the Mono corlib contract installs.
#ifndef CMONO_HOST_H
#define CMONO_HOST_H

/// Hooks: an internal call registered by a native library (name as mono spells it, C function),
/// and an errno a native function reports for Marshal.GetLastWin32Error. `context` is passed back.
typedef void (*ilex_mono_icall_hook)(void *context, const char *name, const void *function);
typedef void (*ilex_mono_last_error_hook)(void *context, int error);

/// Installs the hooks (once per process: the last runtime installed receives the calls).
void ilex_mono_host_install(void *context, ilex_mono_icall_hook icall, ilex_mono_last_error_hook last_error);

#endif
