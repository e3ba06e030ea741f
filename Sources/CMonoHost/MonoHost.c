// See include/CMonoHost.h. Signatures follow mono 6.8 (mono/metadata/loader.h, marshal.h,
// mono/utils/mono-threads-api.h).
#include "CMonoHost.h"
#include <errno.h>
#include <stddef.h>

static void *host_context;
static ilex_mono_icall_hook icall_hook;
static ilex_mono_last_error_hook last_error_hook;

void ilex_mono_host_install(void *context, ilex_mono_icall_hook icall, ilex_mono_last_error_hook last_error) {
    host_context = context;
    icall_hook = icall;
    last_error_hook = last_error;
}

/// mono_add_internal_call_with_flags: libmono-native's mono_pal_init registers
/// "Interop/Sys::Read" (a read(2) that reports errno) this way.
__attribute__((visibility("default")))
void mono_add_internal_call_with_flags(const char *name, const void *method, int cooperative) {
    (void)cooperative;
    if (icall_hook) icall_hook(host_context, name, method);
}

/// mono_add_internal_call: the public embedding API form.
__attribute__((visibility("default")))
void mono_add_internal_call(const char *name, const void *method) {
    if (icall_hook) icall_hook(host_context, name, method);
}

/// mono_marshal_set_last_error: the current errno becomes the thread's last Win32 error.
__attribute__((visibility("default")))
void mono_marshal_set_last_error(void) {
    int error = errno;
    if (last_error_hook) last_error_hook(host_context, error);
    errno = error;
}

/// GC-safe regions around blocking calls: Ilex's collector runs only on the thread that
/// allocates (one managed thread), so there is nothing to tell it.
__attribute__((visibility("default")))
void *mono_threads_enter_gc_safe_region_internal(void *stackdata) {
    (void)stackdata;
    return NULL;
}

__attribute__((visibility("default")))
void mono_threads_exit_gc_safe_region_internal(void *cookie, void *stackdata) {
    (void)cookie;
    (void)stackdata;
}
