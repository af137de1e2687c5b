namespace Relief.Pdf;

internal static class AssemblyMarker;
