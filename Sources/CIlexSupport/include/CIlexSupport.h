// What Swift cannot express, kept tiny (DESIGN.md §2). Each function is commented.
#ifndef CILEX_SUPPORT_H
#define CILEX_SUPPORT_H

#include <stdint.h>

/// Calls `body(context, stackPointer)` after spilling the callee-saved registers onto this
/// function's stack frame, so that a conservative scan from `stackPointer` to the stack's base
/// sees every object reference the caller's frames may hold only in registers.
void ilex_with_registers_spilled(void (*body)(void *context, void *stackPointer), void *context);

/// The lowest and highest address of the calling thread's stack (0, 0 if unknown).
void ilex_current_stack_bounds(uintptr_t *low, uintptr_t *high);

#endif
