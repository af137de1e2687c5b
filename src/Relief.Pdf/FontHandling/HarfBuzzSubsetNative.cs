using System.Runtime.InteropServices;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// hb-subset entry points. libHarfBuzzSharp (from HarfBuzzSharp.NativeAssets.*) exports them on every platform,
/// but HarfBuzzSharp's managed API does not wrap them.
/// </summary>
internal static unsafe partial class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

    public const int MemoryModeReadOnly = 1;
    public const uint FlagNoHinting = 0x1;
    public const uint FlagNoLayoutClosure = 0x200;
    public const int SetGlyphIndex = 0;
    public const int SetDropTableTags = 3;

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    public static partial nint BlobCreate(byte* data, uint length, int mode, nint userData, nint destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(nint blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial byte* BlobGetData(nint blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    public static partial nint FaceCreate(nint blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(nint face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial nint FaceReferenceBlob(nint face);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial nint SubsetInputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void SubsetInputDestroy(nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial nint SubsetInputUnicodeSet(nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial nint SubsetInputSet(nint input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void SubsetInputSetFlags(nint input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(nint set, uint value);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_create_or_fail")]
    public static partial nint SubsetPlanCreate(nint face, nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_old_to_new_glyph_mapping")]
    public static partial nint SubsetPlanOldToNewGlyphMapping(nint plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_execute_or_fail")]
    public static partial nint SubsetPlanExecute(nint plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_destroy")]
    public static partial void SubsetPlanDestroy(nint plan);

    /// <summary>The value for <paramref name="key"/>, or uint.MaxValue (HB_MAP_VALUE_INVALID) if there is none.</summary>
    [LibraryImport(Library, EntryPoint = "hb_map_get")]
    public static partial uint MapGet(nint map, uint key);
}
