// Register spilling for the conservative stack scan, and the thread's stack bounds.
#define _GNU_SOURCE
#include "CIlexSupport.h"
#include <pthread.h>
#include <setjmp.h>
#include <string.h>

void ilex_with_registers_spilled(void (*body)(void *context, void *stackPointer), void *context) {
    // setjmp stores the callee-saved registers (rbx, rbp, r12-r15 on x86-64) into `registers`,
    // which lives in this frame, below the frames of our callers: the scan covers it.
    jmp_buf registers;
    memset(&registers, 0, sizeof registers);
    setjmp(registers);
    volatile char marker = 0;
    // The lower of the two addresses: the scan must include the saved registers.
    void *low = (uintptr_t)&marker < (uintptr_t)&registers ? (void *)&marker : (void *)&registers;
    body(context, low);
    // Keep `registers` alive until the scan is done.
    __asm__ volatile("" : : "r"(&registers) : "memory");
}

void ilex_current_stack_bounds(uintptr_t *low, uintptr_t *high) {
    *low = 0;
    *high = 0;
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return;
    void *address = 0;
    size_t size = 0;
    if (pthread_attr_getstack(&attributes, &address, &size) == 0) {
        *low = (uintptr_t)address;
        *high = (uintptr_t)address + size;
    }
    pthread_attr_destroy(&attributes);
}
