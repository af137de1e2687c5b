using SkiaSharp;

namespace Relief.Core.DemoData;

/// <summary>
/// Pictures for the demo's papers and visit photos, drawn rather than shipped: a doorway at New Year with the union's
/// visitors and the rice and oil they brought, and a signed paper photographed on a desk. Deterministic for a variant.
/// </summary>
public static class DemoPictures
{
    public const int Width = 1600;
    public const int Height = 1200;

    /// <summary>A doorway visit: red couplets and lanterns, two visitors and the household, a sack of rice and a can of oil.</summary>
    public static byte[] DoorwayVisit(int variant)
    {
        var random = new Random(variant);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        using var fill = new SKPaint { IsAntialias = true };
        // Sky and wall.
        fill.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height),
            [new SKColor(0xD8, 0xE6, 0xF0), new SKColor(0xE8, 0xE1, 0xD3)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, Width, Height, fill);
        fill.Shader = null;
        fill.Color = new SKColor((byte)(0xC9 - variant * 6), 0xBE, 0xAA);
        canvas.DrawRect(0, 180, Width, 820, fill);
        // Door with couplets, the horizontal scroll and two lanterns.
        fill.Color = new SKColor(0x6B, 0x3A, 0x22);
        canvas.DrawRect(560, 330, 480, 670, fill);
        fill.Color = new SKColor(0xC8, 0x10, 0x2E);
        canvas.DrawRect(470, 330, 70, 560, fill);
        canvas.DrawRect(1060, 330, 70, 560, fill);
        canvas.DrawRect(560, 250, 480, 60, fill);
        foreach (var x in new[] { 380f, 1220f })
        {
            canvas.DrawOval(x, 300, 55, 65, fill);
            fill.Color = new SKColor(0xE8, 0xB0, 0x2E);
            canvas.DrawRect(x - 8, 365, 16, 40, fill);
            fill.Color = new SKColor(0xC8, 0x10, 0x2E);
        }
        // "福" stand-in on the door: a gold diamond.
        fill.Color = new SKColor(0xE8, 0xB0, 0x2E);
        using (var diamond = new SKPathBuilder())
        {
            diamond.MoveTo(800, 450);
            diamond.LineTo(880, 530);
            diamond.LineTo(800, 610);
            diamond.LineTo(720, 530);
            diamond.Close();
            using var path = diamond.Detach();
            canvas.DrawPath(path, fill);
        }
        // Ground.
        fill.Color = new SKColor(0x9A, 0x92, 0x86);
        canvas.DrawRect(0, 1000, Width, 200, fill);
        // People: two visitors (dark coats), the household (warm colours), standing at the door.
        var people = new[]
        {
            (X: 300f, Coat: new SKColor(0x2B, 0x33, 0x40), Tall: 1.0f),
            (X: 470f, Coat: new SKColor(0x3A, 0x45, 0x55), Tall: 0.96f),
            (X: 1150f, Coat: new SKColor(0x8E, 0x4A, 0x3C), Tall: 0.9f),
            (X: 1300f, Coat: new SKColor(0x5D, 0x6B, 0x4A), Tall: 0.82f),
        };
        foreach (var (x, coat, tall) in people)
        {
            var shift = random.Next(-20, 20);
            var top = 1000 - 560 * tall;
            fill.Color = coat;
            canvas.DrawRoundRect(new SKRect(x - 70 + shift, top + 130, x + 70 + shift, 1010), 40, 40, fill);
            fill.Color = new SKColor(0xE9, 0xC7, 0xA5);
            canvas.DrawCircle(x + shift, top + 70, 58, fill);
            fill.Color = new SKColor(0x22, 0x22, 0x22);
            canvas.DrawArc(new SKRect(x - 60 + shift, top + 8, x + 60 + shift, top + 110), 180, 180, true, fill);
        }
        // The rice sack and the oil can handed over.
        fill.Color = new SKColor(0xF3, 0xEE, 0xE0);
        canvas.DrawRoundRect(new SKRect(620, 860, 760, 1040), 24, 24, fill);
        fill.Color = new SKColor(0xC8, 0x10, 0x2E);
        canvas.DrawRect(640, 920, 100, 36, fill);
        fill.Color = new SKColor(0xE8, 0xC0, 0x3A);
        canvas.DrawRoundRect(new SKRect(800, 900, 880, 1040), 10, 10, fill);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 88);
        return data.ToArray();
    }

    /// <summary>A signed paper photographed on a desk, a little askew, with a red seal: how a phone captures 授权委托书.</summary>
    public static byte[] PaperOnDesk(int variant)
    {
        var random = new Random(variant);
        using var surface = SKSurface.Create(new SKImageInfo(Height, Width, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        using var fill = new SKPaint { IsAntialias = true, Color = new SKColor(0x8A, 0x6A, 0x4A) };
        canvas.DrawRect(0, 0, Height, Width, fill);
        canvas.Save();
        canvas.RotateDegrees(-2.5f + variant, Height / 2f, Width / 2f);
        fill.Color = new SKColor(0xFB, 0xFA, 0xF6);
        var paper = new SKRect(140, 150, Height - 140, Width - 150);
        canvas.DrawRect(paper, fill);
        fill.Color = new SKColor(0x33, 0x33, 0x33);
        canvas.DrawRect(paper.MidX - 180, paper.Top + 90, 360, 26, fill);
        fill.Color = new SKColor(0x70, 0x70, 0x70);
        for (var line = 0; line < 22; line++)
        {
            var y = paper.Top + 200 + line * 42;
            var length = line % 6 == 5 ? random.Next(200, 500) : paper.Width - 160;
            canvas.DrawRect(paper.Left + (line % 6 == 0 ? 110 : 80), y, length, 12, fill);
        }
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0x1E, 0x2A, 0x5A), Style = SKPaintStyle.Stroke, StrokeWidth = 6 };
        using (var signature = new SKPathBuilder())
        {
            signature.MoveTo(paper.Right - 420, paper.Bottom - 190);
            signature.CubicTo(paper.Right - 380, paper.Bottom - 260, paper.Right - 330, paper.Bottom - 120, paper.Right - 290, paper.Bottom - 200);
            signature.CubicTo(paper.Right - 260, paper.Bottom - 250, paper.Right - 220, paper.Bottom - 150, paper.Right - 170, paper.Bottom - 210);
            using var path = signature.Detach();
            canvas.DrawPath(path, ink);
        }
        using var seal = new SKPaint { IsAntialias = true, Color = new SKColor(0xD0, 0x1C, 0x2A, 0xC8), Style = SKPaintStyle.Stroke, StrokeWidth = 10 };
        canvas.DrawCircle(paper.Right - 260, paper.Bottom - 230, 110, seal);
        seal.Style = SKPaintStyle.Fill;
        canvas.DrawCircle(paper.Right - 260, paper.Bottom - 230, 22, seal);
        canvas.Restore();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 88);
        return data.ToArray();
    }
}
