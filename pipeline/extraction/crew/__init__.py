"""crew"""
