"""The macOS and Windows clocks, read through ctypes (see clock.py for what each one is).

Apart from clock.py so that ctypes (0.24 MiB) is loaded only on the platform
that reads a clock through it; `facilitator.core.clock` still names both
classes, and `platform_clocks` picks them from here.
"""

from __future__ import annotations

import ctypes
from types import SimpleNamespace
from typing import Any

__all__ = ["MacClocks", "WindowsClocks"]


class _Timebase(ctypes.Structure):
    _fields_ = [("numer", ctypes.c_uint32), ("denom", ctypes.c_uint32)]


class MacClocks:
    """mach_continuous_time (counts sleep) against mach_absolute_time (stops), via ctypes.

    `libc` is libSystem unless a test passes a fake with the same functions.
    """

    name = "macos"
    tells_sleep = True

    def __init__(self, libc: Any = None) -> None:
        if libc is None:
            libc = ctypes.CDLL("/usr/lib/libSystem.B.dylib")
            libc.mach_continuous_time.restype = ctypes.c_uint64
            libc.mach_continuous_time.argtypes = []
            libc.mach_absolute_time.restype = ctypes.c_uint64
            libc.mach_absolute_time.argtypes = []
            libc.mach_timebase_info.argtypes = [ctypes.POINTER(_Timebase)]
            libc.sysctlbyname.argtypes = [ctypes.c_char_p, ctypes.c_void_p,
                                          ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p,
                                          ctypes.c_size_t]
        self._libc = libc
        timebase = _Timebase()
        libc.mach_timebase_info(ctypes.pointer(timebase))
        if not timebase.numer or not timebase.denom:
            raise OSError("mach_timebase_info gave no timebase")
        # Ticks to seconds: Intel Macs tick in nanoseconds (1/1), Apple silicon at 24 MHz (125/3).
        self._scale = timebase.numer / timebase.denom / 1e9
        self._boot_id: str | None = None

    def running(self) -> float:
        return int(self._libc.mach_continuous_time()) * self._scale

    def awake(self) -> float:
        return int(self._libc.mach_absolute_time()) * self._scale

    def boot_id(self) -> str | None:
        if self._boot_id is None:
            buffer = ctypes.create_string_buffer(64)
            size = ctypes.c_size_t(ctypes.sizeof(buffer))
            try:
                failed = self._libc.sysctlbyname(b"kern.bootsessionuuid", buffer,
                                                 ctypes.pointer(size), None, 0)
            except (AttributeError, OSError):
                return None
            text = buffer.value.decode("ascii", "replace").strip()
            self._boot_id = text if failed == 0 and text else None
        return self._boot_id


class WindowsClocks:
    """QueryInterruptTime (counts sleep) against QueryUnbiasedInterruptTime (stops), via ctypes.

    Both count 100-nanosecond units since boot; Windows names no boot, so a
    restart after a crash cannot take its gap from them. `kernel` is
    KernelBase unless a test passes a fake with the same functions.
    """

    name = "windows"
    tells_sleep = True

    def __init__(self, kernel: Any = None) -> None:
        if kernel is None:
            windll = getattr(ctypes, "WinDLL")  # noqa: B009 - absent off Windows
            # QueryInterruptTime (Windows 10) is in KernelBase; the unbiased one in kernel32.
            interrupt = windll("KernelBase").QueryInterruptTime
            interrupt.restype = None
            interrupt.argtypes = [ctypes.POINTER(ctypes.c_uint64)]
            unbiased = windll("kernel32").QueryUnbiasedInterruptTime
            unbiased.argtypes = [ctypes.POINTER(ctypes.c_uint64)]
            kernel = SimpleNamespace(QueryInterruptTime=interrupt,
                                     QueryUnbiasedInterruptTime=unbiased)
        self._kernel = kernel
        self.running()  # raises AttributeError before Windows 10

    def running(self) -> float:
        value = ctypes.c_uint64()
        self._kernel.QueryInterruptTime(ctypes.pointer(value))
        return value.value / 1e7

    def awake(self) -> float:
        value = ctypes.c_uint64()
        if not self._kernel.QueryUnbiasedInterruptTime(ctypes.pointer(value)):
            return self.running()
        return value.value / 1e7

    def boot_id(self) -> str | None:
        return None
